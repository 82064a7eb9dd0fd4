# --8<-- [start:build_time_tf]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
softened = tf.nn.softplus(inputs)  # no error: tf-keras records the op as a layer
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(softened))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print(type(softened).__name__, softened.shape)
print([type(layer).__name__ for layer in model.layers])
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:build_time_tf]
