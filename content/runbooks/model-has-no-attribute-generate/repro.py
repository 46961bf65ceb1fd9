#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "'XForCausalLM' object has no attribute 'generate'".

OldStyleForCausalLM is written the way model code was written before transformers stopped making
PreTrainedModel inherit GenerationMixin: it subclasses the PreTrainedModel base only and defines
prepare_inputs_for_generation, and it is used directly (imported from a repo's modeling file), not
through an Auto class. A tiny random Llama backbone stands in for the weights; nothing is downloaded.

  python repro.py            OldStyleForCausalLM(config).generate(...)  -> AttributeError
  python repro.py --base-model  AutoModel (the headless LlamaModel) asked to generate -> AttributeError
  python repro.py --fixed    the same class with GenerationMixin among its bases generates
"""
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from torch import nn
from transformers import GenerationMixin, LlamaConfig
from transformers.modeling_outputs import CausalLMOutputWithPast
from transformers.models.llama.modeling_llama import LlamaModel, LlamaPreTrainedModel


class OldStyleForCausalLM(LlamaPreTrainedModel):
    def __init__(self, config):
        super().__init__(config)
        self.model = LlamaModel(config)
        self.lm_head = nn.Linear(config.hidden_size, config.vocab_size, bias=False)
        self.post_init()

    def forward(self, input_ids=None, attention_mask=None, **kwargs):
        hidden = self.model(input_ids=input_ids, attention_mask=attention_mask, use_cache=False).last_hidden_state
        return CausalLMOutputWithPast(logits=self.lm_head(hidden))

    def prepare_inputs_for_generation(self, input_ids, attention_mask=None, **kwargs):
        return {"input_ids": input_ids, "attention_mask": attention_mask}


class FixedForCausalLM(OldStyleForCausalLM, GenerationMixin):
    """The fix transformers' own warning asks for: GenerationMixin after the PreTrainedModel base."""


def main() -> None:
    torch.manual_seed(0)
    config = LlamaConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                         num_key_value_heads=2, vocab_size=64, pad_token_id=0, eos_token_id=1, bos_token_id=2)
    if "--base-model" in sys.argv:
        from transformers import AutoModel

        cls, model = LlamaModel, AutoModel.from_config(config).eval()
    else:
        cls = FixedForCausalLM if "--fixed" in sys.argv else OldStyleForCausalLM
        model = cls(config).eval()
    input_ids = torch.tensor([[2, 5, 7]])
    output = model.generate(input_ids, attention_mask=torch.ones_like(input_ids), max_new_tokens=3, do_sample=False)
    print(f"fixed: {cls.__name__} generated {output.shape[1] - input_ids.shape[1]} new tokens")


if __name__ == "__main__":
    main()
