# --8<-- [start:code]
import torch
from torch.utils.data import DataLoader, Dataset


class Records(Dataset):
    """Items as dicts: features, an integer label, a float score, a name."""

    def __len__(self):
        return 5

    def __getitem__(self, i):
        return {
            "x": torch.full((3,), float(i)),
            "label": i % 2,
            "score": i / 10,
            "name": f"s{i}",
        }


batch = next(iter(DataLoader(Records(), batch_size=4)))
print("batch type:", type(batch).__name__, list(batch))
for key, value in batch.items():
    if torch.is_tensor(value):
        print(f"{key:>5}: tensor {tuple(value.shape)} {value.dtype}")
    else:
        print(f"{key:>5}: {type(value).__name__} {value}")
# --8<-- [end:code]

# --8<-- [start:check]
assert type(batch) is dict and list(batch) == ["x", "label", "score", "name"]
assert batch["x"].shape == (4, 3) and batch["x"].dtype == torch.float32
assert batch["label"].dtype == torch.int64
assert batch["label"].tolist() == [0, 1, 0, 1]
assert batch["score"].dtype == torch.float64  # Python floats -> float64
assert batch["name"] == ["s0", "s1", "s2", "s3"]
# --8<-- [end:check]
