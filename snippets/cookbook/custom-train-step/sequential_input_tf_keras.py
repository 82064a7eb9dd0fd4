# Sequential.input versus .inputs, tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1.

# --8<-- [start:both]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(4), tf.keras.layers.Dense(1)])
print("input:", type(model.input).__name__, "| inputs:", type(model.inputs).__name__, len(model.inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

features = tf.keras.Model(model.input, model.layers[0].output)  # both work in Keras 2
print("features:", features.predict(x, verbose=0).shape)
# --8<-- [end:both]
