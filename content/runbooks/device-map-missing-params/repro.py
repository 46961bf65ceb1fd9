#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""A hand-written device_map that leaves out a module (model.layers.1 of a tiny 2-layer Llama).

python repro.py                    -> from_pretrained: "The device_map provided does not give any device for the following parameters: ..."
python repro.py --accelerate-loader -> accelerate.load_checkpoint_in_model: "model.layers.1... doesn't have any device set."
python repro.py --fixed            -> the map names every module; loads
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # keep the saved output to the traceback

from transformers import AutoModelForCausalLM, LlamaConfig  # noqa: E402

fixed = "--fixed" in sys.argv[1:]
accelerate_loader = "--accelerate-loader" in sys.argv[1:]

config = LlamaConfig(
    vocab_size=128,
    hidden_size=16,
    intermediate_size=32,
    num_hidden_layers=2,
    num_attention_heads=2,
    num_key_value_heads=2,
)

# Two "devices" are needed for transformers to dispatch the model with accelerate; on a CPU machine
# "cpu" and "disk" (offload) play the part of cuda:0 and cuda:1. model.layers.1 is missing.
device_map = {"model.embed_tokens": "cpu", "model.layers.0": "cpu", "model.norm": "cpu", "lm_head": "disk"}
if fixed:
    device_map["model.layers.1"] = "cpu"  # name every module (or infer the map: see the runbook)

with tempfile.TemporaryDirectory() as tmp:
    AutoModelForCausalLM.from_config(config).save_pretrained(tmp)
    offload = os.path.join(tmp, "offload")

    if accelerate_loader:
        import torch
        from accelerate import init_empty_weights, load_checkpoint_in_model

        # accelerate's own loader, as in its big-model-inference guide (a .bin file keeps its progress bar quiet)
        checkpoint = os.path.join(tmp, "pytorch_model.bin")
        torch.save(AutoModelForCausalLM.from_config(config).state_dict(), checkpoint)
        with init_empty_weights():
            model = AutoModelForCausalLM.from_config(config)
        load_checkpoint_in_model(model, checkpoint, device_map=device_map, offload_folder=offload)
    else:
        model = AutoModelForCausalLM.from_pretrained(tmp, device_map=device_map, offload_folder=offload)
    print(f"fixed: loaded with a device_map that covers all {len(device_map)} modules")
