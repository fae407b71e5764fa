"""Sync between terminals through a hub: the protocol, the hub's stores and server, and the client."""
