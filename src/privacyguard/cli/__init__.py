"""The command line: a thin front-end over the pipeline."""
