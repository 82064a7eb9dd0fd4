# The line as Keras 2-era code has it. Shown in the tf-keras tab, in the Keras 3 tab (tf.keras is
# Keras 3 there) and on TensorFlow 2.3 and 2.5 (Python 3.8).
# --8<-- [start:reproduce]
import tensorflow as tf

session = tf.keras.backend.get_session()
# --8<-- [end:reproduce]
# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

# was: tf.keras.backend.set_session(tf.Session(config=...allow_growth=True))
for gpu in tf.config.list_physical_devices("GPU"):
    tf.config.experimental.set_memory_growth(gpu, True)

tf.keras.utils.set_random_seed(0)
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
