# --8<-- [start:keras_tensor]
import keras

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4)(inputs)
scaled = keras.ops.multiply(hidden, 2.0)

for name, tensor in [("inputs", inputs), ("hidden", hidden), ("scaled", scaled)]:
    print(f"{name:7} {type(tensor).__name__:12} shape={tensor.shape} dtype={tensor.dtype}")
print("has .numpy():", hasattr(inputs, "numpy"))
print(inputs)  # what print shows
# --8<-- [end:keras_tensor]

# --8<-- [start:graph_tensor]
import tensorflow as tf


@tf.function
def double(t):
    print("while tracing:", type(t).__name__, t.shape)  # Python print: runs once, at trace time
    print(t)  # what print shows: a Tensor, named after the argument
    print("tf.is_symbolic_tensor:", tf.is_symbolic_tensor(t))
    return t * 2


result = double(tf.ones((2, 3)))
print("returned:", type(result).__name__, result.numpy()[0])
# --8<-- [end:graph_tensor]

# --8<-- [start:eager_tensor]
value = tf.constant([[1.0, 2.0, 3.0]])
print(type(value).__name__, value.numpy(), float(tf.reduce_sum(value)))
print(value)  # what print shows
# --8<-- [end:eager_tensor]


# --8<-- [start:look_inside_eager]
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def inspected_loss(y_true, y_pred):
    print(type(y_pred).__name__, "| first prediction:", y_pred.numpy()[0].round(1))
    return (y_true - y_pred) ** 2


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=inspected_loss, run_eagerly=True)
history = model.fit(x[:32], y[:32], epochs=2, batch_size=32, verbose=0)
# --8<-- [end:look_inside_eager]

# --8<-- [start:look_inside_graph]
import sys


def printed_loss(y_true, y_pred):
    # tf.print runs on every step inside the graph; Python's print would run only while tracing.
    tf.print("batch shape:", tf.shape(y_pred), output_stream=sys.stdout)
    return (y_true - y_pred) ** 2


model.compile(optimizer="adam", loss=printed_loss)
history = model.fit(x[:32], y[:32], epochs=2, batch_size=32, verbose=0)
# --8<-- [end:look_inside_graph]
