# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
seen = []


def mse_keeping_predictions(y_true, y_pred):
    seen.append(y_pred)  # keep the predictions, to look at them after training
    return tf.reduce_mean(tf.square(y_true - y_pred))


model.compile(optimizer="adam", loss=mse_keeping_predictions)
x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
model.fit(x, y, epochs=1, verbose=0)
print(tf.reduce_mean(seen[-1]))
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf


def mean_prediction(y_true, y_pred):
    return tf.reduce_mean(y_pred)  # a metric: fit returns its value for each epoch


tf.random.set_seed(0)
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse", metrics=[mean_prediction])
x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
history = model.fit(x, y, epochs=5, verbose=0).history
print("mean prediction per epoch:", len(history["mean_prediction"]), "values")
print("predictions after training:", model.predict(x, verbose=0).shape)
losses = history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]
