"""The one core both front-ends call: analyze, apply, verify. No Qt, no printing."""

from privacyguard.pipeline.engine import Pipeline
from privacyguard.pipeline.placement import output_path

__all__ = ["Pipeline", "output_path"]
