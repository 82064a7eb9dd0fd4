# Blocks of docs/errors/graph-tensors.md (Keras 3 on TensorFlow), run top to bottom as one script.

# --8<-- [start:setup]
import sys

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def small_model():
    return keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])


def report(history):
    """Print facts about a fit that do not change between runs."""
    losses = history.history["loss"]
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])


# --8<-- [end:setup]


# --8<-- [start:bool_in_loss]
def clipped_loss(y_true, y_pred):
    error = keras.ops.abs(y_true - y_pred)
    if keras.ops.mean(error) > 1.0:  # a Python `if` on a graph tensor
        return keras.ops.mean(error)
    return keras.ops.mean(keras.ops.square(error))


model = small_model()
model.compile(optimizer="adam", loss=clipped_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:bool_in_loss]


# --8<-- [start:bool_in_loss_fix]
def clipped_loss(y_true, y_pred):
    error = keras.ops.abs(y_true - y_pred)
    mean_error = keras.ops.mean(error)
    return keras.ops.where(mean_error > 1.0, mean_error, keras.ops.mean(keras.ops.square(error)))


model = small_model()
model.compile(optimizer="adam", loss=clipped_loss)
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:bool_in_loss_fix]


# --8<-- [start:bool_in_call]
class FlipIfNegative(keras.layers.Layer):
    def call(self, h):
        if keras.ops.mean(h) < 0:  # a Python `if` on a graph tensor
            return -h
        return h


model = keras.Sequential([keras.Input(shape=(3,)), FlipIfNegative(), keras.layers.Dense(1)])
# --8<-- [end:bool_in_call]


# --8<-- [start:bool_in_call_fix]
class FlipIfNegative(keras.layers.Layer):
    def call(self, h):
        return keras.ops.cond(keras.ops.mean(h) < 0, lambda: -h, lambda: h)


model = keras.Sequential([keras.Input(shape=(3,)), FlipIfNegative(), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mean_squared_error")
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:bool_in_call_fix]


# --8<-- [start:numpy_in_loss]
def numpy_mse(y_true, y_pred):
    return np.mean((y_true.numpy() - y_pred.numpy()) ** 2)


model = small_model()
model.compile(optimizer="adam", loss=numpy_mse)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:numpy_in_loss]


# --8<-- [start:numpy_in_loss_fix]
def keras_mse(y_true, y_pred):
    return keras.ops.mean((y_true - y_pred) ** 2)


model = small_model()
model.compile(optimizer="adam", loss=keras_mse)
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:numpy_in_loss_fix]


# --8<-- [start:print_in_loss]
def mse_with_print(y_true, y_pred):
    print("print:", y_pred)
    return keras.ops.mean((y_true - y_pred) ** 2)


model = small_model()
model.compile(optimizer="adam", loss=mse_with_print)
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:print_in_loss]


# --8<-- [start:print_in_loss_fix]
def mse_with_tf_print(y_true, y_pred):
    tf.print("tf.print: y_true[0] =", y_true[0], output_stream=sys.stdout)
    return keras.ops.mean((y_true - y_pred) ** 2)


model = small_model()
model.compile(optimizer="adam", loss=mse_with_tf_print)
report(model.fit(x, y, epochs=3, batch_size=32, verbose=0))
# --8<-- [end:print_in_loss_fix]

# --8<-- [start:run_eagerly]
model = small_model()
print(type(numpy_mse(tf.constant(y), model(x))))  # eager tensors in, a NumPy number out

model.compile(optimizer="adam", loss=numpy_mse, run_eagerly=True)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:run_eagerly]

# --8<-- [start:run_eagerly_fix]
model = small_model()
print(type(keras_mse(tf.constant(y), model(x))).__name__)  # a tensor, connected to the weights

model.compile(optimizer="adam", loss=keras_mse, run_eagerly=True)
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:run_eagerly_fix]

# --8<-- [start:functional_add_loss]
inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)
model.add_loss(0.01 * keras.ops.mean(keras.ops.square(hidden)))  # the Keras 2 idiom
# --8<-- [end:functional_add_loss]

# --8<-- [start:functional_add_loss_source]
import inspect

from keras.src.models.functional import Functional  # the class of functional models

print(type(model).__name__)  # keras.Model(inputs, outputs) builds a Functional model
print(inspect.getsource(Functional.add_loss))
# --8<-- [end:functional_add_loss_source]


# --8<-- [start:functional_add_loss_fix]
class ActivationPenalty(keras.layers.Layer):
    """Adds 0.01 * mean(h**2) to the training loss, computed on each batch's real activations."""

    def call(self, h):
        self.add_loss(0.01 * keras.ops.mean(keras.ops.square(h)))
        return h


inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
hidden = ActivationPenalty()(hidden)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)

model.compile(optimizer="adam", loss="mean_squared_error")
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:functional_add_loss_fix]
