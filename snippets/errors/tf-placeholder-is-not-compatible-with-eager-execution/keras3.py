# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

features = keras.Input(shape=(3,))  # was: tf.compat.v1.placeholder(tf.float32, shape=(None, 3))
prediction = keras.layers.Dense(1)(features)
model = keras.Model(features, prediction)
model.compile(optimizer="sgd", loss="mean_squared_error")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)  # was: sess.run(train_op, feed_dict=...)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
