# Keras 3 blocks of docs/errors/graph-tensors.md: they run on the TensorFlow backend, as one script.

# --8<-- [start:print_in_loss]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def mse_with_print(y_true, y_pred):
    print("print:", y_pred)
    return keras.ops.mean((y_true - y_pred) ** 2)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=mse_with_print)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:print_in_loss]

# --8<-- [start:print_in_loss_fix]
import sys

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def mse_with_tf_print(y_true, y_pred):
    tf.print("tf.print: y_true[0] =", y_true[0], output_stream=sys.stdout)
    return keras.ops.mean((y_true - y_pred) ** 2)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=mse_with_tf_print)
losses = model.fit(x, y, epochs=3, batch_size=32, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:print_in_loss_fix]
