"""In-process fakes of external services that speak the real wire format."""
