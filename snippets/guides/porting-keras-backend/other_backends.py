# --8<-- [start:loss_fails]
import keras
import numpy as np
from tensorflow.keras import backend as K  # TensorFlow ops, on JAX or PyTorch tensors


def rmse(y_true, y_pred):
    return K.sqrt(K.mean(K.square(y_pred - y_true), axis=-1) + K.epsilon())


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=rmse)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:loss_fails]
