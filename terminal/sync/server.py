"""Running the hub under uvicorn: in the foreground for ``main.py hub``, in a thread for tests and benchmarks."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn

from terminal.sync.hub import Hub


def serve_forever(hub: Hub, host: str, port: int, log_level: str = "info") -> None:
    """Serve until Ctrl+C or SIGTERM (uvicorn handles both and finishes open requests).

    uvicorn's own proxy-header handling is off (it would believe X-Forwarded-For from loopback): the
    hub believes it only from the proxies in ``HubConfig.trusted_proxies``.
    """
    uvicorn.run(hub.app, host=host, port=port, log_level=log_level, lifespan="off", server_header=False,
                proxy_headers=False)


class HubServer:
    """The hub on a loopback port in a background thread; ``port=0`` picks a free one."""

    def __init__(self, hub: Hub, host: str = "127.0.0.1", port: int = 0) -> None:
        self.hub = hub
        self.host = host
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.port = self._socket.getsockname()[1]
        config = uvicorn.Config(hub.app, log_level="warning", lifespan="off", server_header=False,
                                proxy_headers=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]},
                                        name="hub-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> HubServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:  # uvicorn offers no event to wait on
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
