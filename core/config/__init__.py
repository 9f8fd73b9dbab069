"""Settings: loading config.yaml (settings.py) and writing and watching it (writer.py)."""
