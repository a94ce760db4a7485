# --8<-- [start:code]
import copy

import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=360, stratify=y, random_state=0
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, stratify=y_rest, random_state=0
)
old = y_train < 5
X_old, y_old = X_train[old], y_train[old]  # the old task: digits 0-4
# the new task: digits 5-9 as classes 0-4, tested on the 180 test images
new_test = y_test >= 5
X_new_test, y_new_test = X_test[new_test], y_test[new_test] - 5


def small_set(seed, per_class=2):  # a few training images of each of 5-9
    g = torch.Generator().manual_seed(seed)
    picked = []
    for d in range(5, 10):
        where = (y_train == d).nonzero()[:, 0]
        picked.append(
            where[torch.randperm(len(where), generator=g)][:per_class]
        )
    picked = torch.cat(picked)
    return X_train[picked], y_train[picked] - 5


def random_shift(x, generator):  # +-1 pixel, as in "Data augmentation"
    n, _, h, w = x.shape
    padded = F.pad(x, (1, 1, 1, 1))
    rows = torch.randint(0, 3, (n, 1, 1), generator=generator)
    cols = torch.randint(0, 3, (n, 1, 1), generator=generator)
    rows = rows + torch.arange(h).view(1, h, 1)
    cols = cols + torch.arange(w).view(1, 1, w)
    i = torch.arange(n).view(n, 1, 1)
    return padded[i, :, rows, cols].permute(0, 3, 1, 2)


class ResidualBlock(nn.Module):  # as in the ResNet section
    def __init__(self, c_in, c_out, stride=1):
        super().__init__()
        self.f = nn.Sequential(
            nn.Conv2d(c_in, c_out, 3, stride, padding=1, bias=False),
            nn.BatchNorm2d(c_out),
            nn.ReLU(),
            nn.Conv2d(c_out, c_out, 3, padding=1, bias=False),
            nn.BatchNorm2d(c_out),
        )
        self.shortcut = nn.Identity()
        if stride != 1 or c_in != c_out:
            self.shortcut = nn.Sequential(
                nn.Conv2d(c_in, c_out, 1, stride, bias=False),
                nn.BatchNorm2d(c_out),
            )

    def forward(self, x):
        return torch.relu(self.f(x) + self.shortcut(x))


def backbone():  # the ResNet without its last Linear: (N, 64) features
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1, bias=False),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        ResidualBlock(16, 16),
        ResidualBlock(16, 32, stride=2),
        ResidualBlock(32, 64, stride=2),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
    )


def fit(model, params, X, y, steps=70, lr=1e-2, shift=False, seed=0):
    g = torch.Generator().manual_seed(seed)
    optimizer = torch.optim.Adam(params, lr=lr)
    for _ in range(steps):
        idx = torch.randperm(len(X), generator=g)[:128]
        xb = random_shift(X[idx], g) if shift else X[idx]
        loss = F.cross_entropy(model(xb), y[idx])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def accuracy(model, X, y):
    model.eval()
    with torch.inference_mode():
        return (model(X).argmax(dim=1) == y).float().mean().item()


# 1. pretrain a backbone with a 5-way head on digits 0-4, with the recipe
#    of the ResNet section: shifts, AdamW, one-cycle schedule, smoothing
torch.manual_seed(0)
body = backbone()
pretrained = nn.Sequential(body, nn.Linear(64, 5)).train()
g = torch.Generator().manual_seed(0)
optimizer = torch.optim.AdamW(
    pretrained.parameters(), lr=1e-2, weight_decay=0.05
)
schedule = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=1e-2, total_steps=12 * 5
)
for _ in range(12):  # 12 epochs of 5 batches
    for idx in torch.randperm(len(X_old), generator=g).split(128):
        logits = pretrained(random_shift(X_old[idx], g))
        loss = F.cross_entropy(logits, y_old[idx], label_smoothing=0.1)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        schedule.step()
old_test = y_test < 5
print(
    f"old task (0-4): {len(X_old)} images, test accuracy "
    f"{accuracy(pretrained, X_test[old_test], y_test[old_test]):.3f}"
)

# 2. freezing the parameters is not enough: BatchNorm in train mode still
#    updates its running statistics
trial = copy.deepcopy(body).requires_grad_(False).train()
mean_before = trial[1].running_mean.clone()
with torch.no_grad():
    trial(X_old[:10])
print(
    "requires_grad_(False), train mode: running_mean unchanged?",
    torch.equal(mean_before, trial[1].running_mean),
)


# 3. frozen backbone in eval mode, a new head for digits 5-9
def new_head(body, X, y, seed):
    body.requires_grad_(False).eval()  # no gradients, running statistics
    torch.manual_seed(seed)
    head = nn.Linear(64, 5)
    model = nn.Sequential(body, head)
    fit(model, head.parameters(), X, y)  # only the head learns
    return model


X_small, y_small = small_set(seed=0)
saved = copy.deepcopy(body.state_dict())  # weights and BatchNorm buffers
tuned = new_head(body, X_small, y_small, seed=0)
trainable = sum(p.numel() for p in tuned.parameters() if p.requires_grad)
print(
    f"trainable parameters: {trainable} of "
    f"{sum(p.numel() for p in tuned.parameters())}"
)
unchanged = all(torch.equal(v, body.state_dict()[k]) for k, v in saved.items())
print("backbone weights and statistics unchanged:", unchanged)


# 4. full fine-tuning: start from the head of step 3, then train every
#    weight with a smaller learning rate; BatchNorm stays in eval mode,
#    since 10 images give poor batch statistics
def full_fine_tune(body, X, y, seed):
    model = new_head(copy.deepcopy(body), X, y, seed)
    model.requires_grad_(True)
    fit(model, model.parameters(), X, y, lr=3e-3, shift=True, seed=seed)
    return model


# 5. baselines on the same images: the new head on a frozen random
#    backbone, and a whole ResNet trained from scratch
def scratch(X, y, seed):
    torch.manual_seed(seed)
    model = nn.Sequential(backbone(), nn.Linear(64, 5)).train()
    fit(model, model.parameters(), X, y, shift=True, seed=seed)
    return model


print(
    f"new task (5-9): {len(X_small)} training images (3 draws), "
    f"{len(X_new_test)} test images"
)
acc = {"frozen pretrained + new head": [], "full fine-tuning": []}
acc |= {"frozen random + new head": [], "from scratch": []}
for seed in range(3):
    X_small, y_small = small_set(seed)
    torch.manual_seed(100 + seed)
    models = [
        new_head(copy.deepcopy(body), X_small, y_small, seed),
        full_fine_tune(body, X_small, y_small, seed),
        new_head(backbone(), X_small, y_small, seed),
        scratch(X_small, y_small, seed),
    ]
    for name, model in zip(acc, models):
        acc[name].append(accuracy(model, X_new_test, y_new_test))
for name, accs in acc.items():
    mean = sum(accs) / 3
    each = " ".join(f"{a:.3f}" for a in accs)
    print(f"  {name:28s} {each}  mean {mean:.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert len(X_old) == 577 and len(X_small) == 10 and len(X_new_test) == 180
assert torch.bincount(y_small).tolist() == [2] * 5
assert not torch.equal(mean_before, trial[1].running_mean)
assert trainable == 64 * 5 + 5
assert unchanged
probe, full, rand, scr = (sum(a) / 3 for a in acc.values())
assert 0.6 <= probe <= 0.76 and 0.72 <= full <= 0.88, (probe, full)
assert 0.62 <= scr <= 0.78 and 0.44 <= rand <= 0.6, (scr, rand)
assert probe >= rand + 0.08, (probe, rand)  # pretrained beats random
assert full >= scr + 0.05, (full, scr)  # full fine-tuning beats scratch
assert full >= probe + 0.05, (full, probe)  # and the frozen backbone
assert abs(probe - scr) <= 0.05 and probe <= scr + 0.01  # head ~ scratch
assert min(acc["full fine-tuning"]) > max(acc["from scratch"])
# --8<-- [end:check]
