"""Reading photos safely and writing clean copies rebuilt from pixels."""
