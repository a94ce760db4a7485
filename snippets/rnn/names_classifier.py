# --8<-- [start:code]
import string
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.nn.utils.rnn import pad_sequence

torch.manual_seed(0)
# the names/ folder next to this script (in a notebook: Path("names"))
folder = Path(__file__).with_name("names")
languages = sorted(f.stem for f in folder.glob("*.txt"))
K = len(languages)


def batch_of(names):
    """Names -> one-hot (L_max, N, 26) padded with zero rows, and lengths."""
    index = [
        torch.tensor([string.ascii_lowercase.index(c) for c in n.lower()])
        for n in names
    ]
    x = pad_sequence([nn.functional.one_hot(i, 26).float() for i in index])
    return x, torch.tensor([len(n) for n in names])


# Fixed split (its own random generator): 20% of each language's names
# are held out
split_rng = torch.Generator().manual_seed(0)
train_names, train_y, test_names, test_y = [], [], [], []
for label, language in enumerate(languages):
    names = (folder / f"{language}.txt").read_text().split()
    order, cut = (
        torch.randperm(len(names), generator=split_rng).tolist(),
        len(names) // 5,
    )
    test_names += [names[i] for i in order[:cut]]
    train_names += [names[i] for i in order[cut:]]
    test_y += [label] * cut
    train_y += [label] * (len(names) - cut)
x_train, len_train = batch_of(train_names)
y_train, y_test = torch.tensor(train_y), torch.tensor(test_y)


class NameClassifier(nn.Module):
    def __init__(self, n_letters=26, hidden=32, n_classes=K):
        super().__init__()
        self.lstm = nn.LSTM(n_letters, hidden)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x, lengths):  # x: (L_max, N, 26)
        output, _ = self.lstm(x)  # (L_max, N, hidden)
        # the state after each name's own last letter (the padding comes later)
        last = output[lengths - 1, torch.arange(len(lengths))]
        return self.head(last)  # logits: (N, n_classes)


model = NameClassifier()
optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
for _ in range(10):  # epochs
    for idx in torch.randperm(len(y_train)).split(64):
        loss = nn.functional.cross_entropy(
            model(x_train[:, idx], len_train[idx]), y_train[idx]
        )
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def probabilities(names):
    with torch.no_grad():
        return model(*batch_of(names)).softmax(dim=1)


pred = probabilities(test_names).argmax(dim=1)
train_acc = (
    (probabilities(train_names).argmax(dim=1) == y_train).float().mean().item()
)
test_acc = (pred == y_test).float().mean().item()
print(
    f"{len(train_names)} training names, {len(test_names)} test names", end=""
)
print(f", {K} languages")
print(f"train accuracy {train_acc:.3f}, test accuracy {test_acc:.3f}", end="")
print(f" (chance {1 / K:.3f})")

new_names = ["Nakamoto", "Gorbachev", "Schweinsteiger", "Ashford"]
# none of them is in the data
new_names += ["Berlusconi", "Bouchard", "Sheng", "Almodovar"]
for name, p in zip(new_names, probabilities(new_names), strict=True):
    top3 = [f"{languages[i]} {q:.2f}" for q, i in zip(*p.topk(3), strict=True)]
    print(f"{name:15}", "  ".join(top3))

# rows: true language, columns: predicted language
confusion = torch.bincount(y_test * K + pred, minlength=K * K).view(K, K)
rates = confusion / confusion.sum(dim=1, keepdim=True)  # each row sums to 1
fig, ax = plt.subplots(figsize=(5.5, 5), layout="constrained")
ax.imshow(rates.numpy(), cmap="Blues", vmin=0, vmax=1)
for i, j in confusion.nonzero().tolist():  # write the counts, skip the zeros
    color = "white" if rates[i, j] > 0.5 else "black"
    ax.text(j, i, confusion[i, j].item(), ha="center", va="center", color=color)
ax.set_xticks(range(K), languages, rotation=45, ha="right")
ax.set_yticks(range(K), languages)
ax.set_xlabel("predicted language")
ax.set_ylabel("true language")
ax.set_title(f"Confusion matrix of the test names (accuracy {test_acc:.2f})")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert (len(train_names), len(test_names), K) == (1287, 318, 8)
assert x_train.shape == (12, 1287, 26)
assert not set(train_names) & set(test_names)
assert (y_train.bincount().min(), y_train.bincount().max()) == (151, 184)
assert 0.65 < test_acc < train_acc  # chance is 0.125
# the numbers the page quotes
assert abs(test_acc - 0.755) < 0.02 and abs(train_acc - 0.907) < 0.02
recall = dict(zip(languages, rates.diag().tolist(), strict=True))
assert min(recall["Chinese"], recall["Russian"]) > 0.9  # the easiest languages
assert min(recall, key=recall.get) == "Spanish"  # the hardest in this run
# the two most confused pairs (both directions together): English-German and Italian-Spanish
both_ways = confusion + confusion.T
pairs = sorted(
    (
        (both_ways[a, b].item(), {languages[a], languages[b]})
        for a in range(K)
        for b in range(a + 1, K)
    ),
    key=lambda t: -t[0],
)
assert {frozenset(p) for _, p in pairs[:2]} == {
    frozenset({"English", "German"}),
    frozenset({"Italian", "Spanish"}),
}
assert pairs[1][0] > pairs[2][0]
i, j = divmod(confusion.clone().fill_diagonal_(0).argmax().item(), K)
# the largest single cell
assert (languages[i], languages[j]) == ("Spanish", "Italian")
# most mistakes on the five Western European languages stay among them
europe = [
    languages.index(x)
    for x in ("English", "French", "German", "Italian", "Spanish")
]
errors = confusion.clone().fill_diagonal_(0)
assert errors[europe][:, europe].sum() / errors[europe].sum() > 0.7
assert not {n.lower() for n in new_names} & {
    n.lower() for n in train_names + test_names
}
probs = probabilities(new_names)
top_p, top_k = probs.max(dim=1)
expected = [
    "Japanese",
    "Russian",
    "German",
    "English",
    "Italian",
    "French",
    "Chinese",
]
assert [languages[k] for k in top_k[:7].tolist()] == expected and (
    top_p[:7] > 0.9
).all()
# Almodovar gets the least confident answer:
assert top_p[7] == top_p.min() and top_p[7] < 0.6
# a near tie
assert [languages[k] for k in probs[7].topk(2).indices.tolist()] == [
    "Russian",
    "Spanish",
]
# --8<-- [end:check]
