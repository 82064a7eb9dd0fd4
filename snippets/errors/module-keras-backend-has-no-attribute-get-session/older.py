# Runs on TensorFlow 2.3 and 2.5 (Python 3.8), with their built-in tf.keras.
# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

# was: tf.keras.backend.set_session(tf.Session(config=...allow_growth=True))
for gpu in tf.config.list_physical_devices("GPU"):
    tf.config.experimental.set_memory_growth(gpu, True)

np.random.seed(0)
tf.random.set_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
kernel = model.layers[0].kernel.numpy()  # was: session.run(kernel)
predictions = model.predict(x[:2], verbose=0)  # was: session.run(outputs, feed_dict=...)
print(type(kernel).__name__, kernel.shape, type(predictions).__name__, predictions.shape)
# --8<-- [end:fix]
