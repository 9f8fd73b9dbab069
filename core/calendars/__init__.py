"""Calendars: the provider protocol, the providers it has, and one merged view over them."""
