#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0
"""from_pretrained(device_map=...) in an environment without accelerate.

python repro.py          -> ValueError: Using a `device_map`, ... requires `accelerate`.
python repro.py --fixed  -> no device_map: loads on the CPU (the fix on a GPU machine is `pip install accelerate`)
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # keep the saved output to the traceback

from transformers import AutoModelForCausalLM, LlamaConfig  # noqa: E402
from transformers.utils import is_accelerate_available  # noqa: E402

fixed = "--fixed" in sys.argv[1:]

with tempfile.TemporaryDirectory() as tmp:
    config = LlamaConfig(
        vocab_size=128,
        hidden_size=16,
        intermediate_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
    )
    AutoModelForCausalLM.from_config(config).save_pretrained(tmp)

    if fixed:
        # Without accelerate, load without a device_map and move the model yourself.
        model = AutoModelForCausalLM.from_pretrained(tmp).to("cpu")
        print(f"fixed: loaded without device_map (accelerate available: {is_accelerate_available()})")
    else:
        model = AutoModelForCausalLM.from_pretrained(tmp, device_map="cpu")
