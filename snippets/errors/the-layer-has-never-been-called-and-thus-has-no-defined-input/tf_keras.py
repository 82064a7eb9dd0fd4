# Runs with TF_USE_LEGACY_KERAS=1 (`tf.keras` is tf-keras) and on TensorFlow 2.3 and 2.5 (Python 3.8).
# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf


class Regressor(tf.keras.Model):  # a subclassed model: no tf.keras.Input
    def __init__(self):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(8, activation="relu")
        self.head = tf.keras.layers.Dense(1)

    def call(self, inputs):
        return self.head(self.hidden(inputs))


model = Regressor()
model(np.zeros((2, 3), "float32"))  # called on data: nothing symbolic is recorded
features = tf.keras.Model(model.input, model.hidden.output)
# --8<-- [end:reproduce]

# --8<-- [start:output]
import tensorflow as tf

layer = tf.keras.layers.Dense(1)
print(layer.output)
# --8<-- [end:output]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)  # TensorFlow 2.7 and later: tf.keras.utils.set_random_seed(0)
x = np.random.default_rng(0).random((64, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(8, activation="relu", name="hidden")(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(hidden))
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

features = tf.keras.Model(model.input, model.get_layer("hidden").output)
print("features:", features.predict(x[:2], verbose=0).shape)
# --8<-- [end:fix]
