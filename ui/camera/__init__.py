"""The webcam in the cashier's window: a worker that scans off the GUI thread, and its preview."""
