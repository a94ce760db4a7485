# --8<-- [start:code]
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

digits = load_digits()
# pixels / 16: values in [0, 1], shape (N, 1, 8, 8)
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=360, stratify=y, random_state=0
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, stratify=y_rest, random_state=0
)

device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()


class ResidualBlock(nn.Module):
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


def resnet():
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1, bias=False),  # stem: 16 x 8 x 8
        nn.BatchNorm2d(16),
        nn.ReLU(),
        ResidualBlock(16, 16),  # 16 x 8 x 8
        ResidualBlock(16, 32, stride=2),  # 32 x 4 x 4
        ResidualBlock(32, 64, stride=2),  # 64 x 2 x 2
        nn.AdaptiveAvgPool2d(1),  # 64 x 1 x 1: global average pooling
        nn.Flatten(),
        nn.Linear(64, 10),
    )


def lenet():  # the network of the CNN chapter
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1),
        nn.BatchNorm2d(32),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(32 * 2 * 2, 10),
    )


def random_shift(x, generator):  # +-1 pixel, see "Data augmentation"
    n, _, h, w = x.shape
    padded = nn.functional.pad(x, (1, 1, 1, 1))
    rows = torch.randint(0, 3, (n, 1, 1), generator=generator)
    cols = torch.randint(0, 3, (n, 1, 1), generator=generator)
    rows = rows + torch.arange(h).view(1, h, 1)
    cols = cols + torch.arange(w).view(1, 1, w)
    i = torch.arange(n).view(n, 1, 1)
    return padded[i, :, rows, cols].permute(0, 3, 1, 2)


def accuracy(model, X, y):
    model.eval()  # BatchNorm: running statistics
    with torch.inference_mode():
        pred = model(X.to(device)).argmax(dim=1).cpu()
    return (pred == y).float().mean().item()


def train(model, seed, shift=True, epochs=10):
    g = torch.Generator().manual_seed(seed)
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=1e-2, weight_decay=0.05
    )
    batches = (len(X_train) + 127) // 128
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=1e-2, total_steps=epochs * batches
    )
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
    for _ in range(epochs):
        model.train()  # BatchNorm: batch statistics
        for idx in torch.randperm(len(X_train), generator=g).split(128):
            xb = X_train[idx]
            if shift:  # a fresh shift for every image, every epoch
                xb = random_shift(xb, g)
            loss = loss_fn(model(xb.to(device)), y_train[idx].to(device))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()  # warm up, then anneal the learning rate


results = {}
for name, build in [("LeNet", lenet), ("ResNet", resnet)]:
    tests = []
    for seed in range(3):
        torch.manual_seed(seed)
        model = build().to(device)
        train(model, seed)
        tests.append(accuracy(model, X_test, y_test))  # once, at the end
    params = sum(p.numel() for p in model.parameters())
    torch.manual_seed(0)  # ablation: the same recipe without the shifts
    plain = build().to(device)
    train(plain, 0, shift=False)
    no_shift = accuracy(plain, X_test, y_test)
    results[name] = (tests, params, no_shift)
    mean = sum(tests) / len(tests)
    print(f"{name:6s} parameters {params}")
    print("  test accuracy, seeds 0 1 2:", " ".join(f"{a:.4f}" for a in tests))
    print(f"  mean test accuracy {mean:.4f}")
    print(f"  without shifts (seed 0): test accuracy {no_shift:.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert X_train.shape == (1149, 1, 8, 8) and X_test.shape == (360, 1, 8, 8)
(tests_l, params_l, plain_l), (tests_r, params_r, plain_r) = results.values()
mean_l, mean_r = sum(tests_l) / 3, sum(tests_r) / 3
assert params_l == 6186 and params_r == 77754
assert 12 < params_r / params_l < 13
assert 0.97 <= mean_l <= 0.99, tests_l
assert 0.985 <= mean_r <= 1.0, tests_r
assert mean_r >= mean_l + 0.005, (mean_r, mean_l)  # at least 2 test images
assert min(tests_r) > max(tests_l), (tests_r, tests_l)  # on every seed
# without the shifts, depth does not pay off: the ResNet is no better
assert 0.975 <= plain_l <= 0.995 and 0.975 <= plain_r <= 0.995
assert plain_r <= plain_l + 0.003, (plain_r, plain_l)
assert plain_r <= min(tests_r)  # the shifts help the ResNet
assert plain_l > max(tests_l)  # and cost LeNet a little
# --8<-- [end:check]
