"""Entry point of the frozen desktop app (PyInstaller runs this file as ``__main__``; the
app's own ``ui.main`` stays an ordinary module)."""

from ui.main import main

raise SystemExit(main())
