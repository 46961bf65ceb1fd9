#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "ModuleNotFoundError: No module named 'transformers.deepspeed'".

The DeepSpeed helpers live in transformers.integrations.deepspeed; the old transformers.deepspeed
module is gone. DeepSpeed itself is not needed to show it (nor installed here).

  python repro.py          from transformers.deepspeed import is_deepspeed_zero3_enabled
  python repro.py --fixed  from transformers.integrations.deepspeed import is_deepspeed_zero3_enabled
"""
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")

if "--fixed" in sys.argv:
    from transformers.integrations.deepspeed import HfDeepSpeedConfig, is_deepspeed_zero3_enabled

    print(f"fixed: imported {HfDeepSpeedConfig.__name__} and is_deepspeed_zero3_enabled from "
          f"transformers.integrations.deepspeed (ZeRO-3 enabled: {is_deepspeed_zero3_enabled()})")
else:
    from transformers.deepspeed import is_deepspeed_zero3_enabled  # noqa: F401
