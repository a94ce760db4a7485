# --8<-- [start:code]
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=360, stratify=y, random_state=0
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, stratify=y_rest, random_state=0
)


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


def resnet():
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1, bias=False),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        ResidualBlock(16, 16),
        ResidualBlock(16, 32, stride=2),
        ResidualBlock(32, 64, stride=2),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(64, 10),
    )


def lenet():
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


def hand_flops(model, x):
    """2 * (multiply-adds) of every Conv2d and Linear, from output shapes."""
    total = 0

    def hook(module, inputs, out):
        nonlocal total
        if isinstance(module, nn.Conv2d):
            _, c_out, h_out, w_out = out.shape
            k_h, k_w = module.kernel_size
            c_in = module.in_channels // module.groups
            total += 2 * h_out * w_out * c_out * c_in * k_h * k_w
        elif isinstance(module, nn.Linear):
            total += 2 * module.in_features * module.out_features

    handles = [m.register_forward_hook(hook) for m in model.modules()]
    with torch.inference_mode():
        model(x)
    for h in handles:
        h.remove()
    return total


def random_shift(x, generator):  # +-1 pixel, as in "Data augmentation"
    n, _, h, w = x.shape
    padded = nn.functional.pad(x, (1, 1, 1, 1))
    rows = torch.randint(0, 3, (n, 1, 1), generator=generator)
    cols = torch.randint(0, 3, (n, 1, 1), generator=generator)
    rows = rows + torch.arange(h).view(1, h, 1)
    cols = cols + torch.arange(w).view(1, 1, w)
    i = torch.arange(n).view(n, 1, 1)
    return padded[i, :, rows, cols].permute(0, 3, 1, 2)


def train_and_test(model, epochs=10):  # the recipe of the ResNet section
    g = torch.Generator().manual_seed(0)
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=1e-2, weight_decay=0.05
    )
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=1e-2, total_steps=epochs * 9
    )
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(X_train), generator=g).split(128):
            xb = random_shift(X_train[idx], g)
            loss = nn.functional.cross_entropy(
                model(xb), y_train[idx], label_smoothing=0.1
            )
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
    model.eval()
    with torch.inference_mode():
        return (model(X_test).argmax(dim=1) == y_test).float().mean().item()


one = torch.zeros(1, 1, 8, 8)  # FLOPs of one forward pass of one image
rows = {}
print(
    f"{'model':8s} {'params':>7s} {'FLOPs':>10s} {'by hand':>10s} "
    f"{'test acc':>8s}"
)
for name, build in [("LeNet", lenet), ("ResNet", resnet)]:
    torch.manual_seed(0)
    model = build().eval()
    params = sum(p.numel() for p in model.parameters())
    with FlopCounterMode(display=False) as counter:
        with torch.inference_mode():
            model(one)
    flops, by_hand = counter.get_total_flops(), hand_flops(model, one)
    test = train_and_test(model)
    rows[name] = (params, flops, by_hand, test)
    print(f"{name:8s} {params:7d} {flops:10,d} {by_hand:10,d} {test:8.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
(p_l, f_l, h_l, t_l), (p_r, f_r, h_r, t_r) = rows.values()
assert f_l == h_l and f_r == h_r  # FlopCounterMode = the hand formula
assert p_l == 6186 and p_r == 77754
# LeNet conv1 + conv2 + linear
assert f_l == 2 * (64 * 16 * 9 + 16 * 32 * 16 * 9 + 128 * 10)
assert 8.5 < f_r / f_l < 9.5 and 12 < p_r / p_l < 13
assert 0.96 <= t_l <= 0.99 and 0.98 <= t_r <= 1.0
assert t_r >= t_l + 0.005  # as in the ResNet section (seed 0)
# the last stage (64 channels at 2 x 2): most parameters, few FLOPs
stage3 = model[5]
share_p = sum(p.numel() for p in stage3.parameters()) / p_r
share_f = hand_flops(stage3, torch.zeros(1, 32, 4, 4)) / f_r
assert 0.70 < share_p < 0.78 and 0.27 < share_f < 0.33, (share_p, share_f)
early = hand_flops(model[:4], one) / f_r  # stem and stage 1, at 8 x 8
early_p = sum(p.numel() for p in model[:4].parameters()) / p_r
assert early > 0.35 and early_p < 0.1, (early, early_p)
# --8<-- [end:check]
