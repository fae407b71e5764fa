"""The customer-facing screen: stamp progress, the one-tap rating of the visit, thank-you, idle."""
