# --8<-- [start:tf_op]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
squared = tf.square(inputs)
# --8<-- [end:tf_op]


# --8<-- [start:tf_op_fix]
class Square(keras.layers.Layer):
    def call(self, t):
        return tf.square(t)  # inside call, t is a graph tensor: TensorFlow ops are fine


inputs = keras.Input(shape=(3,))
features = keras.layers.Concatenate()([inputs, Square()(inputs)])
model = keras.Model(inputs, keras.layers.Dense(1)(features))
model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
print([type(layer).__name__ for layer in model.layers])
# --8<-- [end:tf_op_fix]


# --8<-- [start:python_if]
class ClipLarge(keras.layers.Layer):
    def call(self, h):
        if keras.ops.max(h) > 10.0:
            return keras.ops.clip(h, -10.0, 10.0)
        return h


inputs = keras.Input(shape=(3,))
outputs = keras.layers.Dense(1)(ClipLarge()(inputs))
# --8<-- [end:python_if]


# --8<-- [start:python_if_fix]
class ClipLarge(keras.layers.Layer):
    def call(self, h):
        # A tensor condition, computed in the graph: no Python `if` on a tensor.
        return keras.ops.where(keras.ops.max(h) > 10.0, keras.ops.clip(h, -10.0, 10.0), h)


inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(ClipLarge()(inputs)))
model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
print("finite:", bool(np.isfinite(history.history["loss"]).all()))
# --8<-- [end:python_if_fix]

# --8<-- [start:types]
import keras
import tensorflow as tf

print(type(keras.Input(shape=(3,))))
print("TensorFlow", tf.__version__, "| keras", keras.__version__)
print("tf.keras is", tf.keras.__name__, getattr(tf.keras, "__version__", "(no __version__)"))
# --8<-- [end:types]
