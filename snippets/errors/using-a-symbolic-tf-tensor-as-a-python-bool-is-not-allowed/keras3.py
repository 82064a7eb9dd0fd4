# Runs with Keras 3 on the TensorFlow backend.
# --8<-- [start:reproduce]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def clipped_loss(y_true, y_pred):
    error = keras.ops.abs(y_true - y_pred)
    if keras.ops.mean(error) > 1.0:  # a Python `if` on a graph tensor
        return keras.ops.mean(error)
    return keras.ops.mean(keras.ops.square(error))


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=clipped_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:in_call]
import keras


class FlipIfNegative(keras.layers.Layer):
    def call(self, h):
        if keras.ops.mean(h) < 0:  # a Python `if` on a graph tensor
            return -h
        return h


model = keras.Sequential([keras.Input(shape=(3,)), FlipIfNegative(), keras.layers.Dense(1)])
# --8<-- [end:in_call]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def clipped_loss(y_true, y_pred):
    error = keras.ops.abs(y_true - y_pred)
    mean_error = keras.ops.mean(error)
    return keras.ops.where(mean_error > 1.0, mean_error, keras.ops.mean(keras.ops.square(error)))


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=clipped_loss)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:fix_call]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class FlipIfNegative(keras.layers.Layer):
    def call(self, h):
        return keras.ops.cond(keras.ops.mean(h) < 0, lambda: -h, lambda: h)


model = keras.Sequential([keras.Input(shape=(3,)), FlipIfNegative(), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix_call]
