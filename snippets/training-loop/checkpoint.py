# --8<-- [start:code]
import io

import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
X_rest, X_test, y_rest, y_test = train_test_split(
    digits.data,
    digits.target,
    test_size=360,
    random_state=0,
    stratify=digits.target,
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, random_state=0, stratify=y_rest
)
scaler = StandardScaler().fit(X_train)
train_set = TensorDataset(
    torch.tensor(scaler.transform(X_train), dtype=torch.float32),
    torch.tensor(y_train),
)
loss_fn = nn.CrossEntropyLoss()


def build(seed):
    """Everything a run needs, built from scratch as a new process would."""
    torch.manual_seed(seed)
    model = nn.Sequential(
        nn.Linear(64, 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 10)
    )
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 2, gamma=0.5)
    g = torch.Generator().manual_seed(0)
    loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=g)
    return model, optimizer, scheduler, loader, g


def train(model, optimizer, scheduler, loader, first_epoch, last_epoch):
    for _ in range(first_epoch, last_epoch + 1):
        model.train()  # dropout draws from the global torch RNG
        for xb, yb in loader:  # the shuffle draws from the generator g
            optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
        scheduler.step()


def save(model, optimizer, scheduler, g, epoch):
    buffer = io.BytesIO()  # a file path works the same way
    torch.save(
        {
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "epoch": epoch,
            "torch_rng": torch.get_rng_state(),
            "loader_rng": g.get_state(),
        },
        buffer,
    )
    return buffer.getvalue()


def resume(data, restore_loader_rng=True):
    model, optimizer, scheduler, loader, g = build(seed=123)  # new objects
    ckpt = torch.load(io.BytesIO(data), weights_only=True)
    model.load_state_dict(ckpt["model"])
    optimizer.load_state_dict(ckpt["optimizer"])
    scheduler.load_state_dict(ckpt["scheduler"])
    torch.set_rng_state(ckpt["torch_rng"])
    if restore_loader_rng:
        g.set_state(ckpt["loader_rng"])
    train(model, optimizer, scheduler, loader, ckpt["epoch"] + 1, 6)
    return model


def same(a, b):
    return all(
        torch.equal(p, q) for p, q in zip(a.parameters(), b.parameters())
    )


straight, optimizer, scheduler, loader, g = build(seed=0)
train(straight, optimizer, scheduler, loader, 1, 6)  # 6 epochs, no break

model, optimizer, scheduler, loader, g = build(seed=0)  # 3 epochs, save
train(model, optimizer, scheduler, loader, 1, 3)
data = save(model, optimizer, scheduler, g, epoch=3)
print(f"checkpoint: {len(data) / 1024:.0f} KiB")

resumed = resume(data)
print("3 + 3 epochs equal to 6 straight:       ", same(resumed, straight))
forgot = resume(data, restore_loader_rng=False)
print("without the DataLoader generator state: ", same(forgot, straight))
diff = max(
    (p - q).abs().max().item()
    for p, q in zip(forgot.parameters(), straight.parameters())
)
print(f"  largest parameter difference: {diff:.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert same(resumed, straight)
assert not same(forgot, straight)
assert diff > 1e-3
ckpt = torch.load(io.BytesIO(data), weights_only=True)
assert set(ckpt) == {
    "model",
    "optimizer",
    "scheduler",
    "epoch",
    "torch_rng",
    "loader_rng",
}
assert ckpt["scheduler"]["last_epoch"] == 3
# forgetting the global RNG state (dropout masks) also breaks equality
m2, o2, s2, l2, g2 = build(seed=123)
m2.load_state_dict(ckpt["model"])
o2.load_state_dict(ckpt["optimizer"])
s2.load_state_dict(ckpt["scheduler"])
g2.set_state(ckpt["loader_rng"])
train(m2, o2, s2, l2, 4, 6)
assert not same(m2, straight)
# --8<-- [end:check]
