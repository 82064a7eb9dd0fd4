# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

features = keras.Input(shape=(3,))  # was: tf.placeholder(tf.float32, shape=(None, 3))
prediction = keras.layers.Dense(1)(features)
model = keras.Model(features, prediction)
model.compile(optimizer="sgd", loss="mean_squared_error")  # was: an optimizer's minimize(loss)
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)  # was: sess.run(train_op, feed_dict=...)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:flows]
import keras
import numpy as np
import tensorflow as tf

features = keras.Input(shape=(3,))
for name, op in [
    ("layer", keras.layers.Dense(1)),
    ("keras.ops", keras.ops.square),
    ("tf", tf.square),
    ("np", np.square),
]:
    try:
        print(f"{name}: {type(op(features)).__name__}")
    except (TypeError, ValueError) as error:
        print(f"{name}: {type(error).__name__}: {str(error).split('. ')[0]}")
# --8<-- [end:flows]
