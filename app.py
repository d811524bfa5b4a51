"""Start the parkqa web app: ``python app.py [--host H] [--port P] [--store DIR]``."""

import sys

from parkqa.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
