# --8<-- [start:debug_print]
import jax
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y_true, y_pred):
    print("print, while tracing:", type(y_pred).__name__, flush=True)  # Python: runs when JAX traces
    finite = keras.ops.all(keras.ops.isfinite(y_pred))
    jax.debug.print("jax.debug.print, each step: all finite {}", finite)  # staged into the compiled step
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=squared_error)  # jit_compile="auto": True on JAX
history = model.fit(x, y, epochs=3, batch_size=32, verbose=0)  # 6 steps
# --8<-- [end:debug_print]
