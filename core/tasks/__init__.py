"""Tasks made from approved emails: the backend protocol, the registry, and task sync."""
