"""Scanning: frame sources (webcam, video file, image folder), QR decoders, debouncing, routing.

Plain Python and OpenCV, no Qt: ``ui/camera`` runs :class:`terminal.scan.scanner.Scanner` in a worker.
"""
