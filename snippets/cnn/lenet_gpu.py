# book: cuda varies
# --8<-- [start:code]
import time

import torch
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


def synchronize(device):
    """Wait for the accelerator to finish its queued work (no-op on CPU)."""
    if device.type != "cpu":
        torch.accelerator.synchronize(device)


def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=1),
        nn.BatchNorm2d(32),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(32 * 2 * 2, 10),
    )


def train(device, epochs=8, batch_size=128):
    torch.manual_seed(0)
    model = lenet().to(device)
    # The whole data set fits on the device: move it once, not batch by batch.
    Xd, yd = X_train.to(device), y_train.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss_fn = nn.CrossEntropyLoss()
    synchronize(device)
    start = time.perf_counter()
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(Xd), device=device)
        for i in range(0, len(Xd), batch_size):
            batch = order[i : i + batch_size]
            loss = loss_fn(model(Xd[batch]), yd[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    synchronize(device)  # wait for the GPU before reading the clock
    seconds = time.perf_counter() - start
    model.eval()
    with torch.no_grad():
        pred = model(X_test.to(device)).argmax(dim=1).cpu()
    return seconds, (pred == y_test).float().mean().item()


devices = [torch.device("cpu")]
if torch.accelerator.is_available():  # CUDA, MPS, XPU...
    devices.append(torch.accelerator.current_accelerator())
else:
    print("no accelerator found: timing the CPU only")
for device in devices:
    seconds, accuracy = train(device)
    print(f"{device.type:>4}: {seconds:5.2f} s, test accuracy {accuracy:.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert all(train(d)[1] >= 0.96 for d in devices)
# --8<-- [end:check]
