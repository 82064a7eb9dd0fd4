# --8<-- [start:ops]
import numpy as np
from keras import ops

x = np.array([[1.0, -2.0], [3.0, 4.0]], "float32")
checks = {
    "K.mean(x, axis=-1) -> ops.mean": (ops.mean(x, axis=-1), x.mean(axis=-1)),
    "K.sum(K.square(x)) -> ops.sum(ops.square)": (ops.sum(ops.square(x)), (x**2).sum()),
    "K.sqrt(K.abs(x)) -> ops.sqrt(ops.abs)": (ops.sqrt(ops.abs(x)), np.sqrt(np.abs(x))),
    "K.clip(x, 0, 1) -> ops.clip": (ops.clip(x, 0.0, 1.0), np.clip(x, 0, 1)),
    "K.cast(x > 0, 'float32') -> ops.cast": (ops.cast(x > 0, "float32"), (x > 0).astype("float32")),
    "K.switch(c, a, b) -> ops.where": (ops.where(x > 0, x, 0.0), np.where(x > 0, x, 0.0)),
}
for name, (ported, expected) in checks.items():
    print(f"{name}: {np.allclose(ops.convert_to_numpy(ported), expected)}")
# --8<-- [end:ops]
