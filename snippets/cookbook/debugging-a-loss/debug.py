# --8<-- [start:run_eagerly]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y_true, y_pred):
    # Eager tensors: print, .numpy(), a debugger breakpoint all work here.
    print(type(y_pred).__name__, y_pred.shape, "all finite:", bool(np.isfinite(y_pred.numpy()).all()))
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=squared_error, run_eagerly=True)
history = model.fit(x, y, epochs=3, batch_size=32, verbose=0)  # 2 steps per epoch
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:run_eagerly]

# --8<-- [start:graph_print]
import sys

import tensorflow as tf


def squared_error(y_true, y_pred):
    print("print, while tracing:", type(y_pred).__name__, flush=True)  # Python: runs when fit traces
    tf.print("tf.print, each step:", tf.shape(y_pred), output_stream=sys.stdout)  # a graph op
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model.compile(optimizer="adam", loss=squared_error, jit_compile=False)
history = model.fit(x, y, epochs=3, batch_size=32, verbose=0)  # 6 steps
# --8<-- [end:graph_print]


# --8<-- [start:jit_compile]
def checked_squared_error(y_true, y_pred):
    values = keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)
    return tf.debugging.check_numerics(values, "squared_error")  # raises at the first NaN or Inf


# jit_compile=True compiles the train step like this: tf.function(..., jit_compile=True)
printing_xla = tf.function(squared_error, jit_compile=True)
try:
    printing_xla(y[:2], y[:2])
except tf.errors.InvalidArgumentError as error:
    print(type(error).__name__, "| XLA has no kernel for PrintV2:", "PrintV2" in error.message)

checked_xla = tf.function(checked_squared_error, jit_compile=True)
nan_pred = np.full((2, 1), np.nan, "float32")
print("check_numerics under XLA returned:", checked_xla(y[:2], nan_pred).numpy())
# --8<-- [end:jit_compile]

# --8<-- [start:terminate_on_nan]
x_bad = x.copy()
x_bad[3, 0] = np.nan  # one bad value in the data


def squared_error(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model.compile(optimizer="adam", loss=squared_error, jit_compile=False)
stop_on_nan = keras.callbacks.TerminateOnNaN(raise_error=True)
model.fit(x_bad, y, epochs=3, batch_size=32, verbose=0, callbacks=[stop_on_nan])
# --8<-- [end:terminate_on_nan]

# --8<-- [start:check_numerics]
x_bad = x.copy()
x_bad[3, 0] = np.nan  # the same bad value as above

model.compile(optimizer="adam", loss=checked_squared_error, jit_compile=False)
try:
    model.fit(x_bad, y, epochs=3, batch_size=32, verbose=0)
except tf.errors.InvalidArgumentError as error:
    named = "squared_error : Tensor had NaN values" in error.message
    print(type(error).__name__, "| names the check:", named)
# --8<-- [end:check_numerics]
