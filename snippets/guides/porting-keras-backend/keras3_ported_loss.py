# --8<-- [start:ported_loss]
import keras
import numpy as np
from keras import ops


def rmse(y_true, y_pred):  # was K.sqrt(K.mean(K.square(y_pred - y_true), axis=-1) + K.epsilon())
    return ops.sqrt(ops.mean(ops.square(y_pred - y_true), axis=-1) + keras.config.epsilon())


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=rmse)
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:ported_loss]
