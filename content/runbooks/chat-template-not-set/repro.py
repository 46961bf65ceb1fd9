#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "Cannot use chat template functions because tokenizer.chat_template is not set".

Two tiny tokenizers are built locally (a word-level vocabulary, no download): "tiny-base" has no
chat template, like a base (pretrained-only) checkpoint; "tiny-instruct" has one, like its
-Instruct sibling.

  python repro.py              apply_chat_template on tiny-base: ValueError
  python repro.py --processor  the same through a processor (Wav2Vec2Processor around tiny-base)
  python repro.py --fixed      apply_chat_template on tiny-instruct, the checkpoint made for chat
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import AutoTokenizer, PreTrainedTokenizerFast

TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}<|end|>{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)
MESSAGES = [{"role": "user", "content": "hello world"}]


def save_tokenizer(path: str, chat_template: str | None) -> None:
    words = ["<unk>", "<s>", "</s>", "<image>", "hello", "world", "<|user|>", "<|assistant|>", "<|end|>"]
    backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="<unk>", bos_token="<s>", eos_token="</s>")
    if chat_template is not None:
        tokenizer.chat_template = chat_template
    tokenizer.save_pretrained(path)


def main() -> None:
    root = tempfile.mkdtemp(prefix="tracebook-chat-template-")
    base, instruct = os.path.join(root, "tiny-base"), os.path.join(root, "tiny-instruct")
    save_tokenizer(base, chat_template=None)
    save_tokenizer(instruct, chat_template=TEMPLATE)

    if "--fixed" in sys.argv:
        tokenizer = AutoTokenizer.from_pretrained(instruct)
        text = tokenizer.apply_chat_template(MESSAGES, tokenize=False, add_generation_prompt=True)
        print(f"fixed: the instruct checkpoint has a chat template; prompt: {text}")
    elif "--processor" in sys.argv:
        from transformers import Wav2Vec2FeatureExtractor, Wav2Vec2Processor

        processor = Wav2Vec2Processor(feature_extractor=Wav2Vec2FeatureExtractor(), tokenizer=AutoTokenizer.from_pretrained(base))
        processor.apply_chat_template(MESSAGES, tokenize=False, add_generation_prompt=True)
    else:
        tokenizer = AutoTokenizer.from_pretrained(base)
        tokenizer.apply_chat_template(MESSAGES, tokenize=False, add_generation_prompt=True)


if __name__ == "__main__":
    main()
