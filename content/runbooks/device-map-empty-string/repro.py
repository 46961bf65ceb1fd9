#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""device_map="" reaches from_pretrained (lmms-eval's default with one process).

python repro.py          -> ValueError: When passing device_map as a string ... but found .
python repro.py --fixed  -> loads with device_map="cpu" (on a GPU machine: "auto" or "cuda:0")
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # keep the saved output to the traceback

from transformers import AutoModelForCausalLM, LlamaConfig  # noqa: E402

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

    device_map = "cpu" if fixed else ""  # lmms-eval passes "" when --model_args has no device_map
    model = AutoModelForCausalLM.from_pretrained(tmp, device_map=device_map)
    print(f"fixed: loaded with device_map={device_map!r} on {next(model.parameters()).device}")
