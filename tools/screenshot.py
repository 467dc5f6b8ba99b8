"""A PNG of the HTML graph as headless Chromium shows it, for the README (make demo)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright


def screenshot(html: Path, png: Path, chromium: str = "/usr/bin/chromium") -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(html.resolve().as_uri())
        deadline = (
            time.monotonic() + 60
        )  # the page's CSP forbids eval, so poll instead of wait_for_function
        while time.monotonic() < deadline and not page.evaluate(
            "window.kamergraaf !== undefined && window.kamergraaf.drawnAt > 0"
        ):
            time.sleep(0.1)
        page.screenshot(path=str(png))
        browser.close()


if __name__ == "__main__":
    screenshot(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"Screenshot: {sys.argv[2]}")
