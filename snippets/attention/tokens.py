# --8<-- [start:code]
from collections import Counter
from pathlib import Path

# shakespeare.txt is next to this file (in a notebook: Path("shakespeare.txt"))
text = Path(__file__).with_name("shakespeare.txt").read_text()
print(f"{len(text):,} characters; the first lines:")
print(text[:61])

# Characters as tokens: every symbol in the text gets an index
chars = sorted(set(text))
char_to_id = {c: i for i, c in enumerate(chars)}
ids = [char_to_id[c] for c in "Speak, speak."]
print("characters:", len(chars), " 'Speak, speak.' ->", ids)

# Words as tokens: lower-case, split on anything that is not a letter
words = "".join(c.lower() if c.isalpha() else " " for c in text).split()
counts = Counter(words)
print(
    f"{len(words):,} words, {len(counts):,} different;",
    "the most common:",
    counts.most_common(5),
)

# A word vocabulary: two special tokens, then the words seen at least 3 times
specials = ["<pad>", "<unk>"]
itos = specials + sorted(w for w, n in counts.items() if n >= 3)
stoi = {w: i for i, w in enumerate(itos)}
UNK = stoi["<unk>"]


def encode(sentence):
    return [stoi.get(w, UNK) for w in sentence.lower().split()]


print("word vocabulary:", len(itos))
print(
    "encode('the people speak of telescopes') ->",
    encode("the people speak of telescopes"),
)
print("back:", [itos[i] for i in encode("the people speak of telescopes")])
# --8<-- [end:code]

# --8<-- [start:check]
assert text.startswith("First Citizen:") and len(chars) == 61
assert "".join(chars[i] for i in ids) == "Speak, speak."
assert counts.most_common(1)[0][0] == "the"
assert encode("telescopes") == [UNK] and counts["telescopes"] == 0
assert itos[0] == "<pad>" and len(itos) < len(counts)
# --8<-- [end:check]
