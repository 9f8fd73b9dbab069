"""The DM assistant: a Claude tool-use loop over the tools in `tools`, changes on confirm."""
