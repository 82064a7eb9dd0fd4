# --8<-- [start:plain_print]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y_true, y_pred):
    finite = bool(keras.ops.all(keras.ops.isfinite(y_pred)))  # reads the values: fine on PyTorch
    print("print, each call: requires_grad", y_pred.requires_grad, "| all finite", finite)
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=squared_error)  # jit_compile="auto": False on PyTorch
history = model.fit(x, y, epochs=3, batch_size=32, verbose=0)  # 6 steps
# --8<-- [end:plain_print]
