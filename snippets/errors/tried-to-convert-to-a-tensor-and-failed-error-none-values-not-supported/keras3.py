# Runs with Keras 3 on the TensorFlow backend.
# --8<-- [start:reproduce]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
loss_weight = None  # meant to be read from a config


def weighted_mse(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred)) * loss_weight


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=weighted_mse)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
config = {}
loss_weight = config.get("loss_weight", 1.0)  # a number, never None
assert loss_weight is not None, "set loss_weight"


def weighted_mse(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred)) * loss_weight


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=weighted_mse)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
