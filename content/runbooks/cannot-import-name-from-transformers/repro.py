#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "ImportError: cannot import name 'X' from 'transformers'".

  python repro.py                 from transformers import MiniCPMV4_7ForConditionalGeneration:
                                  the model was added in transformers 5.18.0, so 5.17.0 fails
  python repro.py --unknown-location
                                  an interpreter without transformers installed, started in a
                                  folder that holds an empty directory named "transformers":
                                  Python imports it as a namespace package ("unknown location")
  python repro.py --fixed         the same import where transformers is 5.18.0 or newer
"""
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def unknown_location() -> None:
    folder = tempfile.mkdtemp(prefix="tracebook-import-")
    os.makedirs(os.path.join(folder, "transformers"))  # a stray folder, no __init__.py
    # -S: no site-packages, standing in for an interpreter where transformers is not installed.
    child = subprocess.run([sys.executable, "-S", "-c", "from transformers import Trainer"], cwd=folder)
    sys.exit(child.returncode)


def main() -> None:
    if "--unknown-location" in sys.argv:
        unknown_location()
    import transformers
    from transformers import MiniCPMV4_7ForConditionalGeneration

    print(f"fixed: transformers {transformers.__version__} exports {MiniCPMV4_7ForConditionalGeneration.__name__}")


if __name__ == "__main__":
    main()
