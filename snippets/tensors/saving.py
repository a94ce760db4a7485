# --8<-- [start:code]
import tempfile
from pathlib import Path

import torch

torch.manual_seed(0)
weights = {"w": torch.randn(3, 2), "b": torch.zeros(2)}

with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "weights.pt"
    torch.save(weights, path)
    # weights_only=True: only tensors and plain containers, no arbitrary code
    loaded = torch.load(path, weights_only=True)
    print(loaded.keys(), torch.equal(loaded["w"], weights["w"]))

    big = torch.zeros(1000, 1000)
    torch.save(big[0], Path(folder) / "row_view.pt")  # saves all 1000 rows!
    torch.save(big[0].clone(), Path(folder) / "row_copy.pt")
    sizes = {
        name: (Path(folder) / name).stat().st_size
        for name in ("row_view.pt", "row_copy.pt")
    }
    print({name: f"{size // 1000} kB" for name, size in sizes.items()})
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(loaded["w"], weights["w"])
assert sizes["row_view.pt"] > 3_900_000 and sizes["row_copy.pt"] < 10_000
# --8<-- [end:check]
