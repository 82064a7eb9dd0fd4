# --8<-- [start:setup]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(32, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def new_model():
    inputs = keras.Input(shape=(3,))
    return keras.Model(inputs, keras.layers.Dense(1)(inputs))


inputs = keras.Input(shape=(3,))
outputs = keras.layers.Dense(1)(inputs)
print(keras.backend.backend(), "| building a model:", type(inputs).__name__, type(outputs).__name__)
# --8<-- [end:setup]


# --8<-- [start:during_fit]
def show_type(y_true, y_pred):
    print("loss got:", type(y_pred).__name__)
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = new_model()
model.compile(optimizer="sgd", loss=show_type)
model.fit(x, y, batch_size=16, epochs=2, verbose=0)  # 2 epochs of 2 batches
# --8<-- [end:during_fit]


# --8<-- [start:numpy]
def numpy_loss(y_true, y_pred):
    y_pred = y_pred.numpy()  # a NumPy habit
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = new_model()
model.compile(optimizer="sgd", loss=numpy_loss)
model.fit(x, y, batch_size=16, epochs=1, verbose=0)
# --8<-- [end:numpy]


# --8<-- [start:asarray]
def asarray_loss(y_true, y_pred):
    y_pred = np.asarray(y_pred)
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = new_model()
model.compile(optimizer="sgd", loss=asarray_loss)
model.fit(x, y, batch_size=16, epochs=1, verbose=0)
# --8<-- [end:asarray]

# --8<-- [start:modes]
import warnings

import tensorflow as tf

model = new_model()
model.compile(optimizer="sgd", loss="mse")  # jit_compile="auto"
non_cpu = any(device.device_type != "CPU" for device in tf.config.list_physical_devices())
print('"auto" is True exactly when a non-CPU device is visible:', model.jit_compile == non_cpu)

model = new_model()
model.compile(optimizer="sgd", loss=show_type, run_eagerly=True)
print("run_eagerly=True -> jit_compile:", model.jit_compile)
model.fit(x, y, batch_size=16, epochs=1, verbose=0)
# --8<-- [end:modes]

# --8<-- [start:determinism]
model = new_model()
model.compile(optimizer="sgd", loss="mse", jit_compile=True)
print("jit_compile=True ->", model.jit_compile)

tf.config.experimental.enable_op_determinism()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model = new_model()
    model.compile(optimizer="sgd", loss="mse", jit_compile=True)
print("op determinism enabled, jit_compile=True ->", model.jit_compile)
for warning in caught:
    if "jit_compile" in str(warning.message):
        print(f"{warning.category.__name__}: {warning.message}")

from tensorflow.python.framework import config as tf_config  # TensorFlow has no public switch back

tf_config.disable_op_determinism()  # so that the rest of the page runs as before
# --8<-- [end:determinism]
